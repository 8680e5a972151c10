from h import *
rng=np.random.default_rng(1900); D,H,C=3,4,5; A=rng.normal(size=(D,H)); o=rng.normal(size=H); e=rng.normal(size=(C,D))
z=A@o; s=(e@z)/(np.linalg.norm(e,axis=1)*np.linalg.norm(z))
run('c1900_hubert_prediction', {'A^{(k)}':A,'o_t':o,'e':e}, torch.softmax(T(s)/0.1,0).numpy(), fn='p_f^{(k)}')
