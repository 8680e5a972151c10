from h import *
rng=np.random.default_rng(2019); n0,ND=4,3; x=rng.normal(size=(n0,ND)); cb,cw=0.1,2.0
run('c2019_ry_first_layer_kernel', {'x':x, r'C_b^{(1)}':cb, r'C_W^{(1)}':cw}, cb+cw*x.T@x/n0, fn=r'G^{(1)}_{\alpha_1\alpha_2}')
