% Attention transfer, Zagoruyko & Komodakis (2017), Sec. 3.1 and Eq. 2 for one layer: A_S, A_T the student's and
% teacher's activations, C channels by n spatial positions (prose: flattened); Q = vec(F(A)) with F the sum of squares
A_S, A_T \in \mathbb{R}^{C \times n}, \beta, p \in \mathbb{R}

F_{\mathrm{sum}}^{p}(A) = \sum_{i=1}^{C} |A_i|^p
Q_S = F_{\mathrm{sum}}^{2}(A_S)
Q_T = F_{\mathrm{sum}}^{2}(A_T)
\mathcal{L}_{AT} = \frac{\beta}{2} \left\| \frac{Q_S}{\|Q_S\|_2} - \frac{Q_T}{\|Q_T\|_2} \right\|_p
