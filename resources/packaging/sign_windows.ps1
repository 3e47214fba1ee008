# Sign one file with Azure Trusted Signing (the signing key stays in Microsoft's HSM).
#
# Inno Setup's sign tool "deptcal" in the release workflow: ISCC calls it for the uninstaller it
# embeds and for the finished setup program ($f is the file):
#
#   iscc /DSign "/Sdeptcal=pwsh -NoProfile -NonInteractive -File $q<this file>$q -Path $f" ...
#
# It needs what the workflow's earlier steps leave behind: an Azure CLI session (azure/login,
# OpenID Connect: no secret) and the TrustedSigning PowerShell module (installed by
# azure/trusted-signing-action), and the account from the environment:
# TRUSTED_SIGNING_ENDPOINT, TRUSTED_SIGNING_ACCOUNT, TRUSTED_SIGNING_PROFILE.
param(
    [Parameter(Mandatory = $true)]
    [string] $Path
)
$ErrorActionPreference = 'Stop'

foreach ($name in 'TRUSTED_SIGNING_ENDPOINT', 'TRUSTED_SIGNING_ACCOUNT', 'TRUSTED_SIGNING_PROFILE') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "$name is not set" }
}
Import-Module TrustedSigning
$signing = @{
    Endpoint                           = $env:TRUSTED_SIGNING_ENDPOINT
    CodeSigningAccountName             = $env:TRUSTED_SIGNING_ACCOUNT
    CertificateProfileName             = $env:TRUSTED_SIGNING_PROFILE
    Files                              = $Path
    FileDigest                         = 'SHA256'
    TimestampRfc3161                   = 'http://timestamp.acs.microsoft.com'
    TimestampDigest                    = 'SHA256'
    # Only the Azure CLI session from azure/login: no credential is looked for elsewhere.
    ExcludeEnvironmentCredential       = $true
    ExcludeWorkloadIdentityCredential  = $true
    ExcludeManagedIdentityCredential   = $true
    ExcludeSharedTokenCacheCredential  = $true
    ExcludeVisualStudioCredential      = $true
    ExcludeVisualStudioCodeCredential  = $true
    ExcludeAzureCliCredential          = $false
    ExcludeAzurePowerShellCredential   = $true
    ExcludeAzureDeveloperCliCredential = $true
    ExcludeInteractiveBrowserCredential = $true
}
Invoke-TrustedSigning @signing

$signature = Get-AuthenticodeSignature -FilePath $Path
if ($signature.Status -ne 'Valid') {
    throw "$Path is not signed: $($signature.Status) $($signature.StatusMessage)"
}
