package vn.kyluat.etl.validate;

import vn.kyluat.contract.RejectRule;

/** Why a record is rejected: the rule it breaks and what exactly was wrong. */
public record Rejection(RejectRule rule, String detail) {}
