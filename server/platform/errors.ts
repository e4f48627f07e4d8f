// The server's one error type. Every failure a client sees is one of the stable codes in
// src/domain/errors.ts with its plain-English message; never a stack trace or SQL.
import { errorMessages, type ApiErrorBody, type ErrorCode } from '#domain/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly details: unknown;

  constructor(code: ErrorCode, statusCode: number, details?: unknown, message: string = errorMessages[code]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.statusCode = statusCode;
    this.details = details;
  }

  body(): ApiErrorBody {
    return errorBody(this.code, this.details, this.message);
  }
}

export function errorBody(
  code: ErrorCode,
  details?: unknown,
  message: string = errorMessages[code],
): ApiErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}
