% FitNets, Romero et al. (2015), Eq. 3 as printed (from memory of the printing), with a fully-connected regressor
% r(v; W_r) = W_r v (Sec. 2.2: "regressor ... fully-connected"); u_h the teacher's hint output (N_h) and v_g the
% guided layer's output (N_g) for one input x (given)
u_h(\mathbf{x}; \mathbf{W_{Hint}}) \in \mathbb{R}^{N_h}, v_g(\mathbf{x}; \mathbf{W_{Guided}}) \in \mathbb{R}^{N_g}, \mathbf{W_r} \in \mathbb{R}^{N_h \times N_g}

r(\mathbf{v}; \mathbf{W_r}) = \mathbf{W_r} \mathbf{v}
\mathcal{L}_{HT}(\mathbf{W_{Guided}}, \mathbf{W_r}) = \frac{1}{2} \| u_h(\mathbf{x}; \mathbf{W_{Hint}}) - r(v_g(\mathbf{x}; \mathbf{W_{Guided}}); \mathbf{W_r}) \|^2
