% Faster R-CNN, Ren et al. (2015), Eq. 2: the parameterised box regression targets of N ground-truth boxes
% against their anchors (x, y centre, w, h width and height; subscript a for the anchor)
x, y, w, h, x_a, y_a, w_a, h_a \in \mathbb{R}^{N}

t_{\mathrm{x}} = (x - x_{\mathrm{a}})/w_{\mathrm{a}}, \quad t_{\mathrm{y}} = (y - y_{\mathrm{a}})/h_{\mathrm{a}},
t_{\mathrm{w}} = \log(w/w_{\mathrm{a}}), \quad t_{\mathrm{h}} = \log(h/h_{\mathrm{a}}),
