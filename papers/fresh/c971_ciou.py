from h import *
rng=np.random.default_rng(971); B=5
w,h,wg,hg=(rng.uniform(0.5,2,size=B) for _ in range(4)); iou=rng.uniform(0.1,0.9,size=B); rho=rng.uniform(0,1,size=B); c=rng.uniform(1,2,size=B)
v=4/np.pi**2*(np.arctan(wg/hg)-np.arctan(w/h))**2; a=v/((1-iou)+v)
run('c971_ciou', {'w':w,'h':h,'w^{gt}':wg,'h^{gt}':hg,'IoU':iou,r'\rho':rho,'c':c}, 1-iou+rho**2/c**2+a*v, fn=r'\mathcal{L}_{CIoU}')
