% Tay et al. 2021, "Synthesizer", Dense Synthesizer Eqs. 1-2, with F_1, F_2 the paper's two projections and
% sigma_R the ReLU it names in the text, written out.
X \in \mathbb{R}^{\ell \times d}, W_1 \in \mathbb{R}^{d \times d}, b_1 \in \mathbb{R}^{d}, W_2 \in \mathbb{R}^{d \times \ell}, b_2 \in \mathbb{R}^{\ell}, W_G \in \mathbb{R}^{d \times d}

F_1(x) = x W_1 + b_1
F_2(x) = x W_2 + b_2
\sigma_R(x) = \max(0, x)
G(x) = x W_G
B_i = F_2(\sigma_R(F_1(X_i)))
Y = \mathrm{Softmax}(B) G(X)
