package id.jamsos.rentan.budget;

/** PROPOSAL: Dinsos prepares or revises; TAPD_REVIEW, SEKDA_APPROVAL: under review; APPROVED: PKS started. */
public enum BudgetStatus { PROPOSAL, TAPD_REVIEW, SEKDA_APPROVAL, APPROVED }
