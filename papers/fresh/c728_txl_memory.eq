% Transformer-XL, Dai et al. (2019), Sec. 3.2: the extended context of segment \tau+1 at layer n - 1, "[h_u \circ h_v]
% the concatenation of two hidden sequences along the length dimension" and SG the stop-gradient (prose); L x d
% segments
\mathbf{h}_{\tau}^{n-1}, \mathbf{h}_{\tau+1}^{n-1} \in \mathbb{R}^{L \times d}, \mathbf{W}_k \in \mathbb{R}^{d_k \times d}

\widetilde{\mathbf{h}}_{\tau+1}^{n-1} = \left[\mathrm{SG}(\mathbf{h}_{\tau}^{n-1}) \circ \mathbf{h}_{\tau+1}^{n-1}\right]
\mathbf{k}_{\tau+1}^{n} = \widetilde{\mathbf{h}}_{\tau+1}^{n-1}\mathbf{W}_k^\top
