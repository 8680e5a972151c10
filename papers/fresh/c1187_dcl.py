from h import *
rng=np.random.default_rng(1187); N,d=5,3; z1,z2=rng.normal(size=(N,d)),rng.normal(size=(N,d)); z1/=np.linalg.norm(z1,axis=1,keepdims=True); z2/=np.linalg.norm(z2,axis=1,keepdims=True); tau=0.5
zs=[z1,z2]; pos=(z1*z2).sum(1)/tau
out=np.zeros((2,N))
for k in range(2):
    for i in range(N):
        out[k,i]=-pos[i]+np.log(sum(np.exp(zs[k][i]@zs[l][j]/tau) for l in range(2) for j in range(N) if j!=i))
run('c1187_dcl', {'z^{(1)}':z1,'z^{(2)}':z2,r'\tau':tau}, out)
