package id.jamsos.rentan.citizen;

/** Starts the death-report process of a recorded report (implemented on the Camunda engine). */
public interface DeathReportWorkflow {
    void start(DeathReport report);
}
