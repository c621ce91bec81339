import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Step 7: review what was recorded, the complainant signs on screen, then the officer accepts
// or rejects (not admissible) with the reason the complainant is told.
RowLayout {
    id: step

    required property IntakeWizard wizard
    readonly property var rec: wizard.recorded
    spacing: Theme.gap * 2

    ColumnLayout {
        spacing: 8
        Layout.preferredWidth: 520
        Layout.fillHeight: true
        ReviewLine { label: qsTr("Complainant"); value: ((step.rec.complainant || {}).name || "") + ((step.rec.complainant || {}).agent ? qsTr(" (agent: %1)").arg(step.rec.complainant.agent) : "") }
        ReviewLine { label: qsTr("Right"); value: Labels.rightType((step.rec.right || {}).right_type || "") + "  " + ((step.rec.right || {}).number || "") }
        ReviewLine {
            label: qsTr("Respondent")
            value: ((step.rec.respondent || {}).booth || "") + "  " + ((step.rec.respondent || {}).exhibitor || "")
                   + ((step.rec.respondent || {}).booth_source === "manual" ? qsTr("  (typed, not verified)") : "")
        }
        ReviewLine { label: qsTr("Product"); value: (step.rec.product || {}).description || "" }
        ReviewLine {
            label: qsTr("Admissibility")
            value: !(step.rec.admissibility || {}).hasOwnProperty("complete") ? qsTr("not checked")
                   : step.rec.admissibility.duplicate ? qsTr("duplicate of another case")
                   : step.rec.admissibility.complete ? qsTr("documents complete")
                   : qsTr("missing: %1").arg((step.rec.admissibility.missing || []).map(k => Labels.documentKind(k)).join(", "))
        }
        Item { Layout.fillHeight: true }
        FormField { id: reason; label: qsTr("Reason for rejection (told to the complainant)") }
        Button {
            text: qsTr("Reject: not admissible")
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            onClicked: step.wizard.reject(reason.text)
        }
    }

    ColumnLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        Layout.fillHeight: true
        SignaturePad {
            id: pad
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        RowLayout {
            spacing: Theme.gap
            Label {
                textFormat: Text.PlainText
                text: step.wizard.signatureSaved ? qsTr("Signature saved ✓") : qsTr("Not signed yet")
                color: step.wizard.signatureSaved ? Theme.ok : Theme.textMuted
                Layout.fillWidth: true
            }
            Button { text: qsTr("Clear"); implicitHeight: Theme.touch; onClicked: pad.clear() }
            Button {
                text: qsTr("Save signature")
                enabled: !pad.empty
                opacity: enabled ? 1 : 0.4
                implicitHeight: Theme.touch
                onClicked: step.wizard.saveSignature(pad.pngDataUrl(), (step.rec.complainant || {}).name || "")
            }
        }
        Button {
            objectName: "acceptComplaint"
            text: qsTr("Accept complaint")
            highlighted: true
            opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            onClicked: step.wizard.accept("")
        }
    }
}
