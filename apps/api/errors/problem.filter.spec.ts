import { HttpStatus, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

import { DomainErrorCode, DomainRuleError, EngagementStage } from '#domain';

import { ResourceErrorCode, ResourceException } from './api-errors';
import { problemKind } from './problem';
import { classify } from './problem.filter';

describe('what a thrown error means for the caller', () => {
  it('a record the domain finds missing is the one 404, the same as a record the caller may not see', () => {
    const missing = classify(new DomainRuleError(DomainErrorCode.FindingNotFound, 'no such finding on this engagement', { stage: EngagementStage.PostWindow }));
    const unseen = classify(new ResourceException('finding'));
    expect(missing?.code).toBe(ResourceErrorCode.NotFound);
    expect(unseen?.code).toBe(ResourceErrorCode.NotFound);
    expect(missing?.extras).toEqual({});
    expect(problemKind(ResourceErrorCode.NotFound).status).toBe(404);
    expect(classify(new DomainRuleError(DomainErrorCode.NominationNotFound, 'no such nomination'))?.code).toBe(ResourceErrorCode.NotFound);
  });

  it('a rule the domain refuses on keeps its code and the stage', () => {
    const refused = classify(new DomainRuleError(DomainErrorCode.IllegalTransition, 'not now', { stage: EngagementStage.Recommended }));
    expect(refused).toEqual({ code: 'ILLEGAL_TRANSITION', detail: 'not now', extras: { stage: EngagementStage.Recommended } });
    expect(problemKind(DomainErrorCode.IllegalTransition).status).toBe(409);
  });

  it('an outage of the database is a 503, a route Nest does not know a 404 of its own, and anything else is left for a 500', () => {
    const outage = new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection'), { code: '57P01' }));
    expect(problemKind(classify(outage)!.code).status).toBe(HttpStatus.SERVICE_UNAVAILABLE);
    expect(classify(new NotFoundException('Cannot GET /v1/nothing'))?.code).toBe('ROUTE_NOT_FOUND');
    expect(classify(new TypeError('a bug'))).toBeUndefined();
  });
});
