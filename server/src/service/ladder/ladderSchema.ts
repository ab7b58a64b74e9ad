import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import ladderSchemaJson from '../../../../schemas/ladder.schema.json';
import { formatPath, type LadderIssue, type LadderPath } from './ladderIssue';

// The only place that compiles the schema: the validator is generated code (`new Function`), so a CSP-bound host swaps this file.
let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(ladderSchemaJson);
  return compiled;
}

/** Checks a parsed ladder file against schemas/ladder.schema.json. */
export function validateLadderSchema(value: unknown): LadderIssue[] {
  const validate = validator();
  if (validate(value)) return [];
  return (validate.errors ?? []).flatMap(issueFromError);
}

function pathOf(instancePath: string): LadderPath {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

const articles: Record<string, string> = {
  array: 'an array',
  object: 'an object',
  integer: 'an integer',
};

function issueFromError(error: ErrorObject): LadderIssue[] {
  const path = pathOf(error.instancePath);
  const where = formatPath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      return []; // the failing `else` branch reports its own errors
    case 'type': {
      const type = String(params.type);
      return [{ path, message: `${where} must be ${articles[type] ?? `a ${type}`}` }];
    }
    case 'required':
      return [{ path, message: `${where} is missing required property "${String(params.missingProperty)}"` }];
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return [{ path: [...path, name], message: `${where} has unknown property "${name}"`, atKey: true }];
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String).join(', ');
      return [{ path, message: `${where} must be one of: ${allowed}` }];
    }
    case 'const':
      return [{ path, message: `${where} must be ${JSON.stringify(params.allowedValue)}` }];
    case 'minItems':
      return [{ path, message: `${where} must have at least ${String(params.limit)} item(s)` }];
    case 'minLength':
      return [{ path, message: Number(params.limit) > 1 ? `${where} must be at least ${String(params.limit)} characters long` : `${where} must not be empty` }];
    case 'maxLength':
      return [{ path, message: `${where} must be at most ${String(params.limit)} characters long` }];
    case 'maxItems':
      return [{ path, message: `${where} must have at most ${String(params.limit)} items` }];
    case 'pattern':
      // The schema's patterns are its own; each is said in words here.
      if (path[0] === 'extends') return [{ path, message: `extends must be "gitlab" or the path of a ladder file ending in .json, as in "./base-ladder.json"` }];
      if (path[0] === 'levelStatements') return [{ path, message: `${where} must hold "{level}" exactly once and no other braces, as in "is an {level}"` }];
      if (path.includes('id') || path[0] === 'sections') return [{ path, message: `${where} must be lower-case letters, digits and dashes` }];
      return [{ path, message: `${where} has a form the schema does not allow` }];
    default:
      return [{ path, message: `${where} ${error.message ?? 'is invalid'}` }];
  }
}
