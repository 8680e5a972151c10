from h import *
rng=np.random.default_rng(1288); n,L,d=3,2,4; h=rng.normal(size=(n,L+1,d)); w=rng.normal(size=L+1); g=1.7
s=torch.softmax(T(w),0); E=g*torch.einsum('j,kjd->kd',s,T(h))
run('c1288_elmo_mix', {'\\mathbf{h}^{LM}':h,'w':w,'\\gamma^{task}':g}, E.numpy(), fn='\\mathbf{ELMo}')
