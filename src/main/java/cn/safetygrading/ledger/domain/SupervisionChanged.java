package cn.safetygrading.ledger.domain;

/**
 * An enterprise's 直接监管责任部门 or 监管分级 changed (an import, an edit): whoever routes its work by
 * department (open 初审 and 部门诊断定级 tasks) moves it, in the same transaction. {@code actor} is the
 * account that made the change, {@code source} what it was, in Chinese for the enterprise file (台账导入).
 */
public record SupervisionChanged(String uscc, String actor, String source) {}
