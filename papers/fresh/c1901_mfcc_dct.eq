% Davis & Mermelstein (1980), Eq. 1 (mel-frequency cepstral coefficients from the log-energies X_k of the 20
% filters), from memory of the printing; M = 12 coefficients (prose)
X \in \mathbb{R}^{20}, M = 12

\mathrm{MFCC}_i = \sum_{k=1}^{20} X_k \cos\left[i\left(k - \frac{1}{2}\right)\frac{\pi}{20}\right], \quad i = 1, 2, \ldots, M
