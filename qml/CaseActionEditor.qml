import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The form of one case action (serve notice, withdraw, transfer, close; the decision has
// DecisionEditor, the defence DefenceEditor, evidence EvidenceEditor). The controller refuses what the state does not allow.
Popup {
    id: editor

    required property CaseController controller
    property string action

    // The notice's sticker from the scanner page (the case page opens it and hands it back).
    signal scanStickerWanted()
    function openFor(type) {
        action = type
        open()
    }
    function setSticker(text) {
        first.text = text
    }
    function submit() {
        let ok = false
        switch (action) {
        case "notice.served": ok = controller.serveNotice(first.text, second.text); break
        case "case.withdrawn": ok = controller.withdraw(first.text); break
        case "case.transferred": ok = controller.transfer(first.text, second.text); break
        case "case.closed": ok = controller.close(first.text); break
        }
        if (ok) {
            first.text = ""
            second.text = ""
            close()
        }
    }

    modal: true
    width: 760
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label { textFormat: Text.PlainText; text: Labels.action(editor.action); font.pixelSize: Theme.titleSize; font.bold: true }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            FormField {
                id: first
                label: editor.action === "notice.served" ? qsTr("Booth sticker (scan at the booth: proof of presence)")
                     : editor.action === "case.withdrawn" || editor.action === "case.transferred" ? qsTr("Reason")
                     : qsTr("Note")
            }
            Button {
                visible: editor.action === "notice.served"
                text: qsTr("Scan…")
                implicitHeight: Theme.touch
                Layout.alignment: Qt.AlignBottom
                onClicked: editor.scanStickerWanted()
            }
        }
        FormField {
            id: second
            visible: editor.action === "notice.served" || editor.action === "case.transferred"
            label: editor.action === "notice.served" ? qsTr("Received by (name at the booth)")
                 : qsTr("Transferred to (office)")
        }
        Label {
            textFormat: Text.PlainText
            visible: editor.controller.error.length > 0
            text: editor.controller.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.gap
            Layout.alignment: Qt.AlignRight
            Button { text: qsTr("Cancel"); implicitHeight: Theme.touch; onClicked: editor.close() }
            Button { text: Labels.action(editor.action); highlighted: true; implicitHeight: Theme.touch; onClicked: editor.submit() }
        }
    }
}
