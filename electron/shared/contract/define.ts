import type { z } from 'zod';

/** One contract call: its input schema (parsed in main, never trusted) and its result type (phantom). */
export interface CallSpec<Input extends z.ZodType, Output> {
  readonly input: Input;
  readonly output?: Output;
}

/** One event pushed from main to the renderer; the payload type is phantom. */
export interface EventSpec<Payload> {
  readonly payload?: Payload;
}

/** Declares a call: `call<Output>()(inputSchema)`; curried so Output is explicit and Input inferred. */
export const call =
  <Output>() =>
  <Input extends z.ZodType>(input: Input): CallSpec<Input, Output> => ({ input });

export const event = <Payload>(): EventSpec<Payload> => ({});
