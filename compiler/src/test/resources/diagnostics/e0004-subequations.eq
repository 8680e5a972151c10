% A GRU update gate (Cho et al., 2014) pasted with the paper's subequations wrapper, which
% eqc does not read.
x_t \in \mathbb{R}^{d}, h_{t-1} \in \mathbb{R}^{h}, W_z \in \mathbb{R}^{h \times d}, U_z \in \mathbb{R}^{h \times h}
\begin{subequations}
% ~ERROR E0004
z_t = \sigma(W_z x_t + U_z h_{t-1})
\end{subequations}
