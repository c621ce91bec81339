import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Officer sign-in (id + PIN, checked offline against the signed roster). Also the lock screen:
// after an idle lock the previous officer's work is still open underneath.
Rectangle {
    id: page

    required property OfficerSession session
    required property string fairName
    required property string stationCode
    required property LanguageSwitcher language

    color: Theme.background

    function submit() {
        if (page.session.lockedOut)
            page.session.resetLockout(idField.text, pinField.text)
        else
            page.session.trySignIn(idField.text, pinField.text)
        pinField.text = ""
    }

    // Swallow touches so nothing underneath reacts while locked.
    MouseArea { anchors.fill: parent }

    Button {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        implicitHeight: Theme.touch
        flat: true
        text: page.language.language === "zh_CN" ? "English" : "中文"
        onClicked: page.language.language = page.language.language === "zh_CN" ? "en" : "zh_CN"
    }

    Pane {
        anchors.centerIn: parent
        width: 520
        padding: 32
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.gap

            Label {
                textFormat: Text.PlainText
                text: page.fairName
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: page.session.lockedOut ? qsTr("Station locked") : page.session.locked ? qsTr("Locked: sign in to continue") : qsTr("Officer sign-in")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: page.session.lockedOut ? Theme.danger : Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: page.session.locked && !page.session.lockedOut
                text: qsTr("%1 was signed in. Open work is kept; any officer may continue it.").arg(page.session.officerName)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: !page.session.locked && !page.session.lockedOut
                text: qsTr("Complaint data on this tablet is encrypted and opens only with an officer's PIN.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: page.session.lockedOut
                text: qsTr("Too many wrong PINs. A supervisor signs in below to unlock the station.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: idField
                objectName: "officerId"
                placeholderText: page.session.lockedOut ? qsTr("Supervisor id") : qsTr("Officer id")
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                implicitHeight: Theme.touch
                Layout.fillWidth: true
                onAccepted: pinField.forceActiveFocus()
            }
            TextField {
                id: pinField
                objectName: "pin"
                placeholderText: qsTr("PIN")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                implicitHeight: Theme.touch
                Layout.fillWidth: true
                onAccepted: page.submit()
            }
            Label {
                textFormat: Text.PlainText
                visible: text.length > 0
                text: page.session.lastError
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                text: page.session.lockedOut ? qsTr("Unlock station") : qsTr("Sign in")
                highlighted: true
                opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
                implicitHeight: Theme.touch
                Layout.fillWidth: true
                onClicked: page.submit()
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Complaint station %1").arg(page.stationCode)
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
