% Optimal Brain Surgeon, Hassibi & Stork (1993), Eq. 5 as printed (from memory of the printing): the weight update
% that removes weight q, with the inverse Hessian H^{-1} and the unit vector e_q (prose), and the saliency L_q
\mathbf{w} \in \mathbb{R}^{n}, \mathbf{H} \in \mathbb{R}^{n \times n}, q \in \{1, \ldots, n\}

\delta \mathbf{w} = -\frac{w_q}{[\mathbf{H}^{-1}]_{qq}} \mathbf{H}^{-1} \cdot \mathbf{e}_q
L_q = \frac{1}{2} \frac{w_q^2}{[\mathbf{H}^{-1}]_{qq}}
