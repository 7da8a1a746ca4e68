// Stripe's request bodies are application/x-www-form-urlencoded with nested
// keys in brackets (`line_items[0][price]=price_1&metadata[userId]=u1`),
// https://docs.stripe.com/api/request-ids and /api: this reads them back into
// objects, lists for numeric keys.

export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export function parseForm(body: string): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter((part) => part !== '');
    let node: Record<string, FormValue> = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value;
        return;
      }
      const next = node[part];
      if (typeof next === 'object' && next !== null) {
        node = next as Record<string, FormValue>;
      } else {
        const created: Record<string, FormValue> = {};
        node[part] = created;
        node = created;
      }
    });
  }
  return listify(root) as Record<string, FormValue>;
}

/** Objects whose keys are 0..n-1 become lists, as Stripe reads `items[0]`, `items[1]`. */
function listify(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = Object.fromEntries(keys.map((k) => [k, listify(value[k]!)]));
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return keys.map((k) => entries[k]!);
  return entries;
}
