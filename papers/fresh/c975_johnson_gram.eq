% Perceptual losses, Johnson, Alahi & Fei-Fei (2016), Sec. 3.3, Eq. 3: the Gram matrix of the features
% phi_j(x) of layer j, of shape C_j x H_j x W_j, indexed phi_j(x)_{h,w,c} (prose)
\phi_j(x) \in \mathbb{R}^{H_j \times W_j \times C_j}

G^\phi_j(x)_{c,c'} = \frac{1}{C_j H_j W_j} \sum_{h=1}^{H_j} \sum_{w=1}^{W_j} \phi_j(x)_{h,w,c} \phi_j(x)_{h,w,c'}
