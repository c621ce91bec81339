pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import QtMultimedia
import FairGuard.Models

// Step 6: the documents this fair requires for this right and filer (from the signed fair
// configuration), ticked when the original has been seen, each with a photo or file of it
// (sealed at once: document.attached under the same kind name); then the admissibility
// check, which also looks for a duplicate (same complainant, right and booth) in the fair.
ColumnLayout {
    id: step

    required property IntakeWizard wizard
    signal photoRequested(string kind)
    property string pendingKind
    readonly property bool hasCamera: devices.videoInputs.length > 0
    spacing: Theme.gap

    MediaDevices { id: devices }
    FileDialog {
        id: fileDialog
        title: qsTr("Attach a photo or scan of the document")
        onAccepted: step.wizard.attachDocument(step.pendingKind, selectedFile)
    }

    // The heading, and beside it one tap for every original at once.
    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            text: qsTr("Required documents: tick each original you have seen, and attach a photo or file of it")
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "allDocumentsSeen"
            visible: step.wizard.documents.length > 1
            text: qsTr("All originals seen")
            implicitHeight: Theme.touch
            onClicked: {
                for (const d of step.wizard.documents)
                    step.wizard.setDocumentSeen(d.kind, true)
            }
        }
    }
    Label {
        objectName: "noDocuments"
        textFormat: Text.PlainText
        visible: step.wizard.documents.length === 0
        text: step.wizard.caseNumber === ""
              ? qsTr("No complaint is open yet. Record the complainant (step 1) and the right (step 2): the checklist of documents this fair requires for them appears here.")
              : qsTr("This fair requires no documents for this right and filer. Check admissibility below to go on.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ListView {
        id: checklist
        clip: true
        spacing: 4
        model: step.wizard.documents
        // Shown whenever rows lie below the fold, so no required document goes unseen.
        ScrollBar.vertical: ScrollBar {
            policy: checklist.contentHeight > checklist.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        }
        Layout.fillWidth: true
        Layout.fillHeight: true
        delegate: RowLayout {
            id: document
            required property var modelData
            width: ListView.view.width - 16  // room for the scroll bar
            spacing: 8
            CheckDelegate {
                text: Labels.documentKind(document.modelData.kind) + (document.modelData.attached ? qsTr(" (copy attached)") : "")
                checked: document.modelData.present
                implicitHeight: Theme.touch
                Layout.fillWidth: true
                onToggled: step.wizard.setDocumentSeen(document.modelData.kind, checked)
            }
            Button {
                visible: step.hasCamera
                text: qsTr("Photo")
                implicitHeight: Theme.touch
                onClicked: step.photoRequested(document.modelData.kind)
            }
            Button {
                text: qsTr("File…")
                implicitHeight: Theme.touch
                onClicked: {
                    step.pendingKind = document.modelData.kind
                    fileDialog.open()
                }
            }
        }
    }
    Label {
        textFormat: Text.PlainText
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
