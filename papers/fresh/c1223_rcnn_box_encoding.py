from h import *
rng=np.random.default_rng(1223); N=5; x,y,xa,ya=(rng.normal(size=N) for _ in range(4)); w,h,wa,ha=(rng.uniform(0.5,2,N) for _ in range(4))
run('c1223_rcnn_box_encoding', {'x':x,'y':y,'w':w,'h':h,'x_a':xa,'y_a':ya,'w_a':wa,'h_a':ha},
 {'t_x':(x-xa)/wa, 't_y':(y-ya)/ha, 't_w':np.log(w/wa), 't_h':np.log(h/ha)},
 fn=[r't_{\mathrm{x}}', r't_{\mathrm{y}}', r't_{\mathrm{w}}', r't_{\mathrm{h}}'])
