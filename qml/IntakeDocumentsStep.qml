import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Step 6: the documents this fair requires for this right and filer (from the signed fair
// configuration), ticked when the original has been seen; then the admissibility check,
// which also looks for a duplicate (same complainant, right and booth) in the whole fair.
ColumnLayout {
    id: step

    required property IntakeWizard wizard
    spacing: Theme.gap

    Label {
        text: qsTr("Required documents: tick each original you have seen")
        font.bold: true
    }
    ListView {
        clip: true
        model: step.wizard.documents
        Layout.fillWidth: true
        Layout.fillHeight: true
        delegate: CheckDelegate {
            required property var modelData
            width: ListView.view.width
            height: Theme.touch
            text: Labels.documentKind(modelData.kind) + (modelData.attached ? qsTr(" (copy attached)") : "")
            checked: modelData.present
            onToggled: step.wizard.setDocumentSeen(modelData.kind, checked)
        }
    }
    Label {
        visible: step.wizard.duplicate
        text: qsTr("Duplicate: the same complainant, right and booth are already in another case of this fair.")
        color: Theme.danger
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    CheckBox {
        id: prior
        text: qsTr("Same conduct already handled at the previous session")
        implicitHeight: Theme.touch
    }
    FormField { id: note; label: qsTr("Note on admissibility") }
    Button {
        text: qsTr("Check admissibility and continue")
        highlighted: true
        opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
        implicitHeight: Theme.touch
        Layout.alignment: Qt.AlignRight
        onClicked: step.wizard.checkAdmissibility(prior.checked, note.text)
    }
}
