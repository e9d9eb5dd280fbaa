// Global test setup: refuse to run on anything older than Node 24 (node:sqlite, type stripping).
export default function setup(): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    throw new Error(`Balans tests need Node >= 24 (got ${process.version}); run them through npm scripts.`);
  }
}
