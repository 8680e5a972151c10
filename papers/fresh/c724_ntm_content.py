from h import *
rng=np.random.default_rng(724); N,M=6,4
Mm=rng.normal(size=(N,M)); k=rng.normal(size=M); b=2.0
cos=(T(Mm)@T(k))/(T(Mm).norm(dim=1)*T(k).norm())
run('c724_ntm_content', {'M_t':Mm, r'\mathbf{k}_t':k, r'\beta_t':b}, torch.softmax(b*cos,0).numpy(), fn='w^c_t')
