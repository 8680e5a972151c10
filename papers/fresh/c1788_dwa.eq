% Liu et al. (CVPR 2019), "End-to-End Multi-Task Learning with Attention" (MTAN), Eq. 7 (Dynamic Weight Average),
% written from memory of the printing; w_k(t-1) given as the K loss ratios of the previous epoch (prose)
w \in \mathbb{R}^{K}

\lambda_k = \frac{K \exp(w_k / T)}{\sum_i \exp(w_i / T)}
