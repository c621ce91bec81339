import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import QtMultimedia
import FairGuard.Models

// "Add evidence": a photo (only when the station has a camera), an imported file, a scanned
// code or a note. Whatever is chosen is sealed the moment it arrives (hashed into the blob
// store and signed as evidence.added with the booth below); nothing can be edited afterwards.
Popup {
    id: editor

    required property CaseController controller
    required property StationBackend backend
    readonly property var details: controller.details  // var: qmllint 6.4 cannot look into a QVariantMap
    // The page opens the camera or the scanner (pages of the stack) and calls back here.
    signal photoWanted(string kind, string note, bool originalSeen)
    signal scanWanted(bool originalSeen)

    readonly property bool hasCamera: devices.videoInputs.length > 0
    readonly property LastBoothSticker sticker: backend.lastSticker

    function done(ok) {
        if (ok) {
            note.text = ""
            seen.checked = false
            close()
        }
    }

    // A refusal left by an earlier action or form is not this form's.
    onAboutToShow: controller.clearError()
    modal: true
    width: 860
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }

    MediaDevices { id: devices }
    FileDialog {
        id: fileDialog
        title: qsTr("Import a photo or document")
        onAccepted: editor.done(editor.controller.addEvidence(kind.value, selectedFile, note.text, seen.checked))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label { textFormat: Text.PlainText; text: qsTr("Add evidence"); font.pixelSize: Theme.titleSize; font.bold: true }
        ChoiceRow {
            id: kind
            label: qsTr("Kind of evidence")
            value: "exhibit_photo"
            options: Labels.options(["exhibit_photo", "document_photo", "brochure", "business_card", "certificate", "sample"],
                                   Labels.evidenceKind)
        }
        Label {
            textFormat: Text.PlainText
            text: editor.sticker.known
                  ? qsTr("Taken at booth %1 (its sticker was scanned at %2). Scan another booth's sticker first if you are elsewhere.")
                        .arg(editor.sticker.booth).arg(editor.backend.formatTime(editor.sticker.scannedAt))
                  : qsTr("No booth sticker scanned on this station yet: the item will name the case's booth %1.")
                        .arg(editor.details.booth || "")
            // Amber when the item will not name the case's own booth from a fresh scan.
            color: editor.sticker.known && editor.sticker.booth === (editor.details.booth || "") ? Theme.textMuted : Theme.amber
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            Layout.fillWidth: true
        }
        FormField { id: note; label: qsTr("Note (what it shows; required for a note on its own)") }
        CheckBox {
            id: seen
            text: qsTr("Original seen")
            implicitHeight: Theme.touch
        }
        Label {
            textFormat: Text.PlainText
            visible: editor.controller.error.length > 0
            text: editor.controller.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: 8
            Layout.fillWidth: true
            Button {
                visible: editor.hasCamera
                text: qsTr("Take photo")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: editor.photoWanted(kind.value, note.text, seen.checked)
            }
            Button { text: qsTr("Import a file…"); implicitHeight: Theme.touch; onClicked: fileDialog.open() }
            Button { text: qsTr("Scan a code"); implicitHeight: Theme.touch; onClicked: editor.scanWanted(seen.checked) }
            Button {
                text: qsTr("Save note")
                implicitHeight: Theme.touch
                onClicked: editor.done(editor.controller.addEvidence("note", "", note.text, seen.checked))
            }
            Button { text: qsTr("Cancel"); implicitHeight: Theme.touch; onClicked: editor.close() }
        }
    }
}
