/**
 * The glossary: one term per idea in Dutch and Swedish, and the words each term retired. Translators read it before
 * adding a text; `test/unit/shared/i18n/glossary.test.ts` fails when a retired word comes back in a catalogue.
 *
 * English keeps "window" for a scheduled time window (the product's own word, "focus window"); Dutch and Swedish
 * say "blok"/"block", because "venster"/"fönster" reads as an app window, which is what it means on the Rules
 * screen ("Venstertitel", "Fönsterrubrik").
 */
export interface GlossaryEntry {
  /** The idea, in English. */
  idea: string;
  /** The one term used for it. */
  term: string;
  /** Words that must not come back, with why when it is not obvious. */
  retired: readonly RegExp[];
}

export const glossary: Record<'nl' | 'sv', readonly GlossaryEntry[]> = {
  nl: [
    {
      idea: 'a scheduled time window',
      term: 'blok (focusblok, eenmalig blok)',
      retired: [/\bvensters?\b/i, /focusvenster/i],
    },
    { idea: 'an app window', term: 'venster (venstertitel, programmavenster)', retired: [] },
    {
      idea: 'the parent PIN',
      term: 'ouderpincode',
      retired: [/ouder-pincode/i, /pincode ouder/i, /\bpincode\b/i],
    },
    { idea: 'private hours', term: 'privétijd', retired: [/privé-uren/i] },
    { idea: 'the social category', term: 'sociale media', retired: [/\bsociaal\b/i] },
    { idea: 'tracking', term: 'bijhouden', retired: [/\btracking\b/i] },
    { idea: 'a daily limit', term: 'daglimiet', retired: [/dagelijkse limiet/i] },
    { idea: 'a reason', term: 'reden', retired: [] },
    {
      idea: 'calques of English phrasing',
      term: '(rewritten)',
      retired: [
        /ontgrendelde niet/i,
        /staat als/i,
        /terwijl actief/i,
        /om tot te pauzeren/i,
        /zeg alleen waarom/i,
      ],
    },
    // Dutch sets a spaced en dash where English has an em dash.
    { idea: 'a dash between clauses', term: '– (spaced en dash)', retired: [/—/] },
    { idea: 'the Escape key', term: 'Esc (as keyboards show it)', retired: [/\bEscape\b/] },
  ],
  sv: [
    {
      idea: 'a scheduled time window',
      term: 'block (fokusblock, engångsblock)',
      retired: [/\bfönst(er|ret|ren|rets)\b/i, /fokusfönster/i],
    },
    { idea: 'an app window', term: 'fönster (fönsterrubrik, programfönster)', retired: [] },
    // "spara" is the Save verb (writing settings or history to disk); recording what the user does is "registrera".
    {
      idea: 'tracking',
      term: 'registrering, registrera',
      retired: [
        /spårning/i,
        /aldrig sparas/i,
        /spara fönsterrubriker/i,
        /sparas appar/i,
        /Balans har sparat/i,
      ],
    },
    { idea: 'a reason', term: 'anledning', retired: [/\bskäl/i] },
    { idea: 'the parent PIN', term: 'föräldrakod', retired: [/PIN-kod/i, /föräldra-PIN/i, /\bPIN\b/] },
    { idea: 'a daily limit', term: 'dagsgräns', retired: [/dagliga gränser/i, /daglig gräns/i] },
    // Språkrådet recommends "i dag".
    { idea: 'today', term: 'i dag', retired: [/\bidag\b/i] },
    // "Kontroller" reads as inspections or UI controls.
    { idea: 'a check (opening a chat or social app)', term: 'appöppning', retired: [/\bkontroller\b/i] },
    {
      idea: 'calques of English phrasing',
      term: '(rewritten)',
      retired: [/låste inte upp/i, /\bdu är i\b/i, /när aktiv/i, /säg bara varför/i],
    },
    { idea: 'a dash between clauses', term: '– (spaced en dash)', retired: [/—/] },
    { idea: 'the Escape key', term: 'Esc (as keyboards show it)', retired: [/\bEscape\b/] },
  ],
};

/** Swedish writes "kl." before a clock time ("till kl. 17.00"). */
export const SWEDISH_CLOCK_TIME = /kl\. \{\{time\}\}/;
