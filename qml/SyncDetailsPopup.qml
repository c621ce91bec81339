import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// What the header's sync chip summarises, in full: last sync, what still waits, the receipts
// of the bureau's log, a tablet clock off the bureau's, events a revocation set aside, an
// alert about that log, the last error, and a running upload.
Popup {
    id: details

    required property StationBackend backend
    readonly property SyncWorker sync: backend.sync

    function megabytes(bytes) { return (bytes / 1048576).toFixed(1) }

    modal: true
    width: 620
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }

    ColumnLayout {
        width: parent.width
        spacing: 12

        Label {
            textFormat: Text.PlainText
            text: qsTr("Sync with the bureau")
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Label {
            textFormat: Text.PlainText
            objectName: "lastSync"
            text: details.backend.lastSyncAt > 0
                  ? qsTr("Last sync: %1").arg(details.backend.formatDateTime(details.backend.lastSyncAt))
                  : qsTr("Not synced yet.")
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Waiting to be sent: %n event(s)", "", details.backend.unsyncedEvents)
        }
        Label {
            textFormat: Text.PlainText
            objectName: "clockWarning"
            visible: text !== ""
            text: details.backend.clockWarning
            color: Theme.amber
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            objectName: "receipts"
            text: qsTr("In the bureau log, proof checked: %1 · received, proof pending: %2")
                  .arg(details.sync.receiptsLogged).arg(details.sync.receiptsPending)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ColumnLayout {
            visible: details.sync.busy && details.sync.uploadTotal > 0
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: qsTr("Uploading evidence: %1 of %2 MB")
                      .arg(details.megabytes(details.sync.uploadDone)).arg(details.megabytes(details.sync.uploadTotal))
            }
            ProgressBar {
                from: 0
                to: Math.max(1, details.sync.uploadTotal)
                value: details.sync.uploadDone
                Layout.fillWidth: true
            }
        }
        // Events of a revoked device after the bureau's cut-off: kept, not shown; say why.
        Repeater {
            model: details.backend.setAsideNotes
            delegate: Label {
                required property string modelData
                textFormat: Text.PlainText
                objectName: "setAsideNote"
                text: modelData
                color: Theme.amber
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "logAlert"
            visible: details.sync.logAlert !== ""
            text: qsTr("Bureau log alert: %1").arg(details.sync.logAlert)
            color: Theme.danger
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: details.sync.lastError !== "" && !details.sync.busy
            text: details.sync.lastError
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Close")
            onClicked: details.close()
            implicitHeight: Theme.touch
            Layout.alignment: Qt.AlignRight
        }
    }
}
