import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// A case paper full-screen (the notice shown to the respondent, the decision to the parties),
// drawn from the sealed PDF; printed through CUPS on the queue named here (empty: the
// station's default printer), which the station keeps for the next paper once a job went out.
Page {
    id: page

    required property StationBackend backend
    property var paper: ({})  // {kind, blob, time, officer} from CaseController.papers
    property string printMessage
    property bool printOk: false
    signal back()

    background: Rectangle { color: Theme.background }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        ColumnLayout {
            spacing: 12
            Layout.preferredWidth: 330
            Layout.maximumWidth: 330
            Layout.fillHeight: true
            Button { text: qsTr("‹ Case"); implicitHeight: Theme.touch; onClicked: page.back() }
            Label {
                textFormat: Text.PlainText
                text: Labels.paper(page.paper.kind || "")
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReviewLine { label: qsTr("Case"); value: page.backend.currentCase.caseNumber }
            ReviewLine {
                label: qsTr("Issued")
                value: page.backend.formatDateTime(page.paper.time || 0) + " · " + (page.paper.officer || "")
            }
            ReviewLine { label: qsTr("Fingerprint (SHA-256)"); value: (page.paper.blob || "").substring(0, 16) + "…" }
            Item { Layout.fillHeight: true }
            FormField {
                id: queue
                objectName: "printQueue"
                label: qsTr("Printer queue (empty: the default printer)")
                // The queue the last paper was printed on (kept in the station's settings).
                Component.onCompleted: text = page.backend.settings.printerQueue
            }
            Button {
                objectName: "printPaper"
                text: qsTr("Print")
                highlighted: true
                implicitHeight: Theme.touch
                Layout.fillWidth: true
                onClicked: {
                    const r = page.backend.currentCase.printPaper(page.paper.blob || "", queue.text)
                    page.printOk = r.ok
                    page.printMessage = r.message
                }
            }
            Label {
                objectName: "printMessage"
                textFormat: Text.PlainText
                visible: text.length > 0
                text: page.printMessage
                color: page.printOk ? Theme.ok : Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        // The page itself, as wide as the screen allows; scroll down for the rest.
        Flickable {
            clip: true
            contentWidth: width
            contentHeight: sheet.height
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar { }
            Image {
                id: sheet
                objectName: "paperImage"
                width: parent.width
                fillMode: Image.PreserveAspectFit
                source: page.paper.blob ? "image://document/" + page.paper.blob : ""
                sourceSize.width: 1100
                // About a tenth of a second, once: the page is there when it opens.
                asynchronous: false
            }
        }
    }
}
