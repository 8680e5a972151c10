% Chinchilla (Hoffmann et al., 2022), Eq. 2 and the fitted values of Sec. 3.3 / Appendix D.2: the predicted loss
% for m (model size, token count) configurations
N, D \in \mathbb{R}^{m}, E = 1.69, A = 406.4, B = 410.7, \alpha = 0.34, \beta = 0.28

\hat{L}(N, D) \triangleq E + \frac{A}{N^\alpha} + \frac{B}{D^\beta}
