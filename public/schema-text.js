// The engine's words as the schema holds them, looked up in one way by
// every view.
import { setText } from './dom.js';

/** The label of the column or field `key` among `entries`, or the key itself. */
export function labelOf(entries, key) {
  return entries.find((entry) => entry.key === key)?.label ?? key;
}

/** One of the engine's rules (`schema.rules`) in the three elements that show it. */
export function showRule(rule, { title, text, source }) {
  setText(title, rule.title);
  setText(text, rule.text);
  setText(source, `Source: ${rule.source}`);
}
