// A message with markup: `<strong>{{name}}</strong>` in the catalogue becomes the element given
// for `strong` in `components`, with the words inside it. The markup is read from the catalogue's
// message before the values are filled in, so a value (an officer's name, a title) is always
// plain text, never markup.
import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react';
import { interpolate, type MessageKey, type MessageOptions, type TFunction } from './translate';
import { useT } from './use-t';

interface TransProps {
  i18nKey: MessageKey;
  /** The message function to use (default: the language in use). */
  t?: TFunction;
  values?: MessageOptions;
  components?: Readonly<Record<string, ReactElement>>;
}

const TAG = /<(\/?)([a-zA-Z][\w-]*)\s*(\/?)>/g;

interface Open {
  name: string;
  children: ReactNode[];
}

/** Parses a message's `<name>…</name>` and `<name/>` into elements; unknown tags stay as text. */
export function renderMarkup(
  message: string,
  components: Readonly<Record<string, ReactElement>>,
  values: MessageOptions | undefined,
): ReactNode[] {
  const stack: Open[] = [{ name: '', children: [] }];
  const top = (): Open => stack[stack.length - 1] ?? { name: '', children: [] };
  let key = 0;
  let last = 0;
  const text = (upTo: number): void => {
    if (upTo > last) top().children.push(interpolate(message.slice(last, upTo), values));
  };
  for (const match of message.matchAll(TAG)) {
    const [whole, closing, name = '', selfClosing] = match;
    const element = components[name];
    if (element === undefined) continue;
    text(match.index);
    last = match.index + whole.length;
    if (selfClosing === '/') {
      top().children.push(cloneElement(element, { key: key++ }));
    } else if (closing === '/') {
      const open = stack.length > 1 ? stack.pop() : undefined;
      if (open !== undefined) top().children.push(cloneElement(element, { key: key++ }, ...open.children));
    } else {
      stack.push({ name, children: [] });
    }
  }
  text(message.length);
  // An unclosed tag: its words are kept, without the element.
  while (stack.length > 1) {
    const open = stack.pop();
    if (open !== undefined) top().children.push(<Fragment key={key++}>{open.children}</Fragment>);
  }
  return top().children;
}

export function Trans({ i18nKey, t, values, components = {} }: TransProps) {
  const inUse = useT();
  const translate = t ?? inUse;
  // Choose the message (and its plural form) without the values, so they cannot add markup.
  const count = values?.count;
  const message = translate(i18nKey, count === undefined ? undefined : { count });
  return <>{renderMarkup(message, components, values)}</>;
}
