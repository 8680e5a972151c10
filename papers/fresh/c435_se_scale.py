from h import *
rng=np.random.default_rng(435); C,H,W,k=4,3,5,2; u=rng.normal(size=(C,H,W)); w1=rng.normal(size=(k,C)); w2=rng.normal(size=(C,k))
U=T(u); z=U.mean((1,2)); s=torch.sigmoid(T(w2)@torch.relu(T(w1)@z))
run('c435_se_scale', {'U':u,r'\mathbf{W}_1':w1,r'\mathbf{W}_2':w2}, (s[:,None,None]*U).numpy(), fn=r'\tilde{\mathbf{x}}')
