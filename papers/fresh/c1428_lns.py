from h import *
rng=np.random.default_rng(1428); d=6
h=rng.normal(size=d); l=4
ln=torch.nn.functional.layer_norm(T(h),(d,),eps=1e-5).numpy()
run('c1428_lns', {r'\mathbf{h}^{(\ell)}':h,r'\ell':l}, ln/np.sqrt(l), fn=r"\mathbf{h}'", rtol=1e-3, atol=1e-4)
