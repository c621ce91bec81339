import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// An officer ends kiosk mode with their id and PIN (a wrong PIN counts like a failed sign-in;
// a locked-out station takes a supervisor's). The fields are emptied whenever it closes.
ColumnLayout {
    id: panel

    required property KioskDesk desk
    required property OfficerSession session
    signal cancelled()

    spacing: Theme.gap
    onVisibleChanged: { officerId.text = ""; pin.text = "" }

    Item { Layout.fillHeight: true }
    Label {
        textFormat: Text.PlainText
        text: qsTr("Officers only: exit the self-service kiosk")
        font.pixelSize: Theme.titleSize
        font.bold: true
        Layout.alignment: Qt.AlignHCenter
    }
    FormField {
        id: officerId
        objectName: "kioskExitId"
        label: qsTr("Officer id")
        Layout.maximumWidth: 480
        Layout.alignment: Qt.AlignHCenter
    }
    FormField {
        id: pin
        objectName: "kioskExitPin"
        label: qsTr("PIN")
        input.echoMode: TextInput.Password
        input.inputMethodHints: Qt.ImhDigitsOnly
        Layout.maximumWidth: 480
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        textFormat: Text.PlainText
        visible: panel.desk.error.length > 0
        text: panel.desk.error + (panel.session.lockedOut ? "" : "\n" + qsTr("%n attempt(s) left.", "", panel.session.remainingAttempts))
        color: Theme.danger
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.maximumWidth: 480
        Layout.alignment: Qt.AlignHCenter
    }
    RowLayout {
        spacing: Theme.gap
        Layout.alignment: Qt.AlignHCenter
        Button {
            text: qsTr("Cancel")
            implicitHeight: Theme.touch
            implicitWidth: 200
            onClicked: panel.cancelled()
        }
        Button {
            objectName: "kioskExit"
            text: qsTr("Exit kiosk mode")
            highlighted: true
            implicitHeight: Theme.touch
            implicitWidth: 260
            onClicked: {
                const ok = panel.desk.exit(officerId.text, pin.text)
                pin.text = ""
                if (ok)
                    officerId.text = ""
            }
        }
    }
    Item { Layout.fillHeight: true }
}
