import { printParseErrorCode, type ParseError } from 'jsonc-parser';

const syntaxMessages: Record<string, string> = {
  InvalidSymbol: 'Invalid JSON: unexpected character',
  InvalidNumberFormat: 'Invalid JSON: malformed number',
  PropertyNameExpected: 'Invalid JSON: expected a property name in double quotes',
  ValueExpected: 'Invalid JSON: expected a value',
  ColonExpected: 'Invalid JSON: expected ":" after the property name',
  CommaExpected: 'Invalid JSON: expected "," between items',
  CloseBraceExpected: 'Invalid JSON: expected "}" to close the object',
  CloseBracketExpected: 'Invalid JSON: expected "]" to close the array',
  EndOfFileExpected: 'Invalid JSON: unexpected text after the closing "}"',
  InvalidCommentToken: 'Invalid JSON: malformed comment',
  UnexpectedEndOfComment: 'Invalid JSON: comment is not closed',
  UnexpectedEndOfString: 'Invalid JSON: string is not closed',
  UnexpectedEndOfNumber: 'Invalid JSON: number ends too early',
  InvalidUnicode: 'Invalid JSON: malformed \\u escape',
  InvalidEscapeCharacter: 'Invalid JSON: invalid escape character',
  InvalidCharacter: 'Invalid JSON: invalid character in string',
};

/** A parse error in words, never the parser's code name. */
export function jsonSyntaxMessage(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return syntaxMessages[code] ?? 'Invalid JSON';
}

/**
 * The error to report for a file that does not parse: the first one. The parser reports a cascade
 * after one mistake (`{ not json` gives three), so the first is the only one sure to be a mistake.
 */
export function firstSyntaxError(errors: readonly ParseError[]): ParseError | undefined {
  return errors.reduce<ParseError | undefined>((first, error) => (first && first.offset <= error.offset ? first : error), undefined);
}
