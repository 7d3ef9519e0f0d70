package id.jamsos.rentan.notification;

public enum OutboxState { PENDING, SENT, FAILED }
