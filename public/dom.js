// The page's few DOM helpers, shared by the form and the result views so
// that the ids they derive from names stay alike.

/** An element with `attributes` (true: present and empty; undefined, null, false: left out) and children. */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

/** A name or path ('Monte Carlo', 'groups[0].seats') as a piece of an id. */
export function idOf(path) {
  return path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}

/** Sets a text only when it changed: an unchanged node costs the browser no layout. */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
