pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The decision form: nothing chosen when it opens, the defence it rules on beside it, choices
// that cannot contradict the outcome, reasons required; then a confirmation that names what
// will be recorded before anything is signed (docs/station.md, "Decision form").
Popup {
    id: editor

    required property StationBackend backend
    required property CaseController controller
    property bool confirming: false
    readonly property bool noFinding: outcome.value !== "exhibit_covered" && outcome.value !== ""
    // A plain var: qmllint 6.4 knows no fields of a QVariantMap.
    readonly property var caseDetails: editor.controller.details
    readonly property var defences: editor.caseDetails.defences || []

    function reset() {
        outcome.value = ""
        sanction.value = ""
        measures.clear()
        reasons.text = ""
        confirming = false
        controller.clearError()
    }
    function review() {
        problem.text = controller.decisionProblem(outcome.value, measures.chosen(), sanction.value, reasons.text)
        confirming = problem.text === ""
    }
    // The page tour's "after choosing": a decision filled in and shown for confirmation.
    function fillSample() {
        outcome.value = "exhibit_covered"
        sanction.value = "none"
        measures.check("exhibit_covered")
        reasons.text = qsTr("The exhibit shows every feature of the registered design.")
        review()
    }
    function record() {
        if (controller.recordDecision(outcome.value, measures.chosen(), sanction.value, reasons.text))
            close()
        else
            confirming = false  // the reason shows under the form
    }

    onAboutToShow: reset()
    onClosed: problem.text = ""
    modal: true
    width: 1180
    height: Math.min(parent ? parent.height - 16 : 720, 720)
    padding: 20
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label { textFormat: Text.PlainText; text: qsTr("Record decision"); font.pixelSize: Theme.titleSize; font.bold: true }
        RowLayout {
            spacing: Theme.gap * 2
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The choices, or what they will record.
            StackLayout {
                currentIndex: editor.confirming ? 1 : 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                ColumnLayout {
                    spacing: 8
                    ChoiceRow {
                        id: outcome
                        objectName: "decisionOutcome"
                        label: qsTr("Outcome (choose one)")
                        options: Labels.options(["exhibit_covered", "exhibit_withdrawn", "no_infringement", "settled"], Labels.outcome)
                        onValueChanged: {
                            if (value === "no_infringement")
                                measures.clear()
                            if (editor.noFinding)
                                sanction.value = sanction.value === "" ? "" : "none"
                        }
                    }
                    MeasureChecklist { id: measures; objectName: "decisionMeasures"; enabled: outcome.value !== "no_infringement" }
                    ChoiceRow {
                        id: sanction
                        objectName: "decisionSanction"
                        label: qsTr("Sanction (only with a finding of infringement)")
                        allowed: editor.noFinding ? ["none"] : null
                        options: Labels.options(["none", "delegation_notice", "fair_notice", "excluded_next_session"], Labels.sanction)
                    }
                    Label { textFormat: Text.PlainText; text: Labels.reasonsPrompt(outcome.value); color: Theme.textMuted; font.pixelSize: Theme.smallSize }
                    TextArea {
                        id: reasons
                        objectName: "decisionReasons"
                        wrapMode: TextEdit.Wrap
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: 60
                        background: Rectangle { color: Theme.surface; border.color: Theme.line; radius: 4 }
                    }
                }
                DecisionConfirmation {
                    backend: editor.backend
                    outcome: outcome.value
                    measures: editor.confirming ? measures.chosen() : []
                    sanction: sanction.value
                    reasons: reasons.text.trim()
                }
            }
            DefenceSummary {
                backend: editor.backend
                details: editor.controller.details
                Layout.preferredWidth: 340
                Layout.fillHeight: true
            }
        }
        Label {
            id: problem
            objectName: "decisionProblem"
            textFormat: Text.PlainText
            visible: text.length > 0
            color: Theme.danger
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: !problem.visible && editor.controller.error.length > 0
            text: editor.controller.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.gap
            Layout.alignment: Qt.AlignRight
            Button {
                text: editor.confirming ? qsTr("Back to the form") : qsTr("Cancel")
                implicitHeight: Theme.touch
                onClicked: editor.confirming ? editor.confirming = false : editor.close()
            }
            Button {
                objectName: "decisionSave"
                text: editor.confirming ? qsTr("Record decision") : qsTr("Review decision…")
                // Grey while disabled: the Basic style draws a disabled highlighted button blue.
                highlighted: enabled
                enabled: outcome.value !== ""
                implicitHeight: Theme.touch
                onClicked: editor.confirming ? editor.record() : editor.review()
            }
        }
    }
}
