import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// "Correct evidence": a new description (kind, note, original seen) for an item, with the
// required reason, signed as evidence.corrected. The sealed picture or file and its
// fingerprint stay as captured; the list keeps showing what the item was.
Popup {
    id: corrector

    required property CaseController controller
    property string itemId
    property string fingerprint
    // An item with a sealed blob keeps a picture/file kind; a note or code stays one of those.
    property bool hasBlob: false

    function openFor(id, kindKey, noteText, seenBefore, print) {
        itemId = id
        fingerprint = print
        hasBlob = print.length > 0
        kind.value = kindKey
        note.text = noteText
        seen.checked = seenBefore
        reason.text = ""
        controller.clearError()
        open()
    }

    modal: true
    width: 860
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label { textFormat: Text.PlainText; text: qsTr("Correct evidence"); font.pixelSize: Theme.titleSize; font.bold: true }
        Label {
            textFormat: Text.PlainText
            text: corrector.hasBlob
                  ? qsTr("The sealed file %1 stays as captured; only its description changes, and the list keeps what it was.")
                        .arg(corrector.fingerprint)
                  : qsTr("Only the description changes; the list keeps what it was.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            Layout.fillWidth: true
        }
        ChoiceRow {
            id: kind
            label: qsTr("Kind of evidence")
            options: Labels.options(corrector.hasBlob
                                   ? ["exhibit_photo", "document_photo", "brochure", "business_card", "certificate", "sample"]
                                   : ["note", "scanned_code"], Labels.evidenceKind)
        }
        FormField { id: note; objectName: "correctionNote"; label: qsTr("Note") }
        CheckBox {
            id: seen
            objectName: "correctionSeen"
            text: qsTr("Original seen")
            implicitHeight: Theme.touch
        }
        FormField { id: reason; objectName: "correctionReason"; label: qsTr("Reason for the correction (required)") }
        Label {
            textFormat: Text.PlainText
            objectName: "correctionError"
            visible: corrector.controller.error.length > 0
            text: corrector.controller.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: 8
            Layout.fillWidth: true
            Button {
                objectName: "saveCorrection"
                text: qsTr("Save correction")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: {
                    if (corrector.controller.correctEvidence(corrector.itemId, kind.value, note.text, seen.checked,
                                                             reason.text))
                        corrector.close()
                }
            }
            Button { text: qsTr("Cancel"); implicitHeight: Theme.touch; onClicked: corrector.close() }
        }
    }
}
