package io.tianping.enforcement.web;

import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.sharedkernel.RegionCode;

/** What every step of a case answers: the case, the stage it is at now, and the region managing it. */
record CaseStepResponse(CaseId caseId, CaseStage stage, RegionCode competentRegion) {
}
