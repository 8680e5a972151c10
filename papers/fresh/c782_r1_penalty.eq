% Which Training Methods for GANs do actually Converge?, Mescheder et al. (2018), Eq. 9: the R1
% penalty for one real sample x; the discriminator D_\psi(x) = w^\top \tanh(Vx) is a stand-in (helper)
x \in \mathbb{R}^{d}, V \in \mathbb{R}^{h \times d}, w \in \mathbb{R}^{h}, \gamma \in \mathbb{R}

D_\psi(x) = w^\top \tanh(Vx)
R_1(\psi) = \frac{\gamma}{2}\|\nabla D_\psi(x)\|^2
