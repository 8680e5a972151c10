% Goodfellow, Bengio & Courville, Deep Learning, Eqs. 2.33 and 2.49 (the Frobenius norm, and through the trace), as
% printed, under two names
\boldsymbol{A} \in \mathbb{R}^{m \times n}

F_1 = \| A \|_F = \sqrt{\sum_{i,j} A_{i,j}^2}
F_2 = \sqrt{\mathrm{Tr}(\boldsymbol{A} \boldsymbol{A}^\top)}
