from h import *
rng=np.random.default_rng(1543); L,p=6,4; g=rng.normal(size=(L,p))*rng.uniform(0.2,3,(L,1)); C=1.5
G=T(g); out=G/torch.clamp(G.norm(dim=1,keepdim=True)/C,min=1)
run('c1543_dpsgd_clip', {r'\mathbf{g}_t(x)':g,'C':C}, out.numpy(), fn=r'\bar{\mathbf{g}}_t')
