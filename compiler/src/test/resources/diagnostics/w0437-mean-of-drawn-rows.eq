% StyleGAN (Karras et al. 2019), Sec. 5.3: the centre of mass of N mapped latents, one per row
f(\mathbf{z}) \in \mathbb{R}^{N \times D}

\bar{\mathbf{w}} = \mathbb{E}_{\mathbf{z} \sim P(\mathbf{z})}[f(\mathbf{z})]
% ~WARNING W0437
