// The two messages between embed.html and the pages that frame it: the
// frame's script and web/embed.js (bundled into the framing page's script)
// both import these names, so the two sides cannot drift apart. Nothing
// else here, so the framing page's script holds no more than the names.

/** From the frame: { type: HEIGHT_MESSAGE, height }. */
export const HEIGHT_MESSAGE = 'inmail-calculator:height';
/** From the framing page: { type: MEASURE_MESSAGE }, which the frame answers with its height. */
export const MEASURE_MESSAGE = 'inmail-calculator:measure';
